package org.leoprotocol.shared.database;

import javax.sql.DataSource;

import org.leoprotocol.shared.DatabaseBackup;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Backups of a PostgreSQL server Leo did not start itself: the embedded server of a Leo that is running (which
 * {@code ./leo backup} attaches to rather than start a second server on the same data), or an external server whose
 * superuser password is given as {@code leo.database.backup.password} ({@code LEO_DATABASE_BACKUP_PASSWORD}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty() and !'${leo.database.backup.password:}'.isEmpty()")
class AttachedBackupConfiguration {

	@Bean
	DatabaseBackup databaseBackup(@Value("${spring.datasource.url}") String url,
			@Value("${leo.database.backup.user:postgres}") String user,
			@Value("${leo.database.backup.password}") String password) {
		PGSimpleDataSource superuser = new PGSimpleDataSource();
		superuser.setUrl(url);
		superuser.setUser(user);
		superuser.setPassword(password);
		return new SnapshotBackup((DataSource) superuser);
	}
}

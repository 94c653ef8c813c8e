package org.leoprotocol.access;

import java.nio.file.Path;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Leo ships with no account and no default password. On the first start, when no administrator exists, it creates
 * {@code admin} with the password given in {@code LEO_ADMIN_PASSWORD} or, without one, a random password that is never
 * written to the log ({@link FirstPasswordNotice}) and stored only as a hash. A configured password that breaks the
 * rule stops the start before anything is stored.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

	private final ClusterLock seedingLock;

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffDirectory directory;
	private final String configuredPassword;
	private final FirstPasswordNotice notice;

	FirstAdministrator(StaffDirectory directory, @Value("${LEO_ADMIN_PASSWORD:}") String configuredPassword,
			@Value("${leo.database.embedded.directory:data}") Path dataDirectory, ClusterLock seedingLock) {
		this.seedingLock = seedingLock;
		StartPasswordRefused.check("LEO_ADMIN_PASSWORD", configuredPassword);
		this.directory = directory;
		this.configuredPassword = configuredPassword;
		this.notice = new FirstPasswordNotice(System.console(), dataDirectory);
	}

	/**
	 * Nodes started together seed one after another ({@link ClusterLock#START_UP_SEEDING}); the later ones find it
	 * done.
	 */
	@Override
	@SuppressWarnings("try") // the lock is held for the block and never read
	public void run(ApplicationArguments args) {
		try (ClusterLock.Held seeding = seedingLock.hold(ClusterLock.START_UP_SEEDING)) {
			seed();
		}
	}

	private void seed() {
		if (directory.anyAccountWithRole(Role.ADMIN)) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? PasswordRule.generate() : configuredPassword;
		directory.ensureAccount(new NewStaffAccount("admin", "Administrator", null, Set.of(Role.ADMIN), password));
		if (generated) {
			log.warn("First start: created the administrator account 'admin'; its generated password is shown once {}",
					notice.show(password));
		}
		else {
			log.info(
					"First start: created the administrator account 'admin' with the password from LEO_ADMIN_PASSWORD");
		}
	}
}

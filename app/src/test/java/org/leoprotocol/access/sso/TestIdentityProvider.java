package org.leoprotocol.access.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in a small server and application context of
 * its own, on 127.0.0.1 (a host other than Leo's {@code localhost}, so the two never share cookies). Its staff sign in
 * with its own form, and its ID tokens carry a {@code groups} claim, as Entra ID or Keycloak send. Leo's test context
 * learns the provider's address and Leo's registration at start ({@link Settings}); the provider itself starts only
 * when a test needs it, and never enters Leo's context.
 */
public final class TestIdentityProvider {

	static final String CLIENT_ID = "leo-tests";
	static final String CLIENT_SECRET = UUID.randomUUID().toString();
	static final String PASSWORD = UUID.randomUUID().toString();
	static final int PORT = freePort();
	static final String ISSUER = "http://127.0.0.1:" + PORT;

	private static AnnotationConfigServletWebServerApplicationContext running;
	private static int leoPort;

	private TestIdentityProvider() {
	}

	/** Starts the provider once, with Leo's redirect address on the given port registered. */
	static synchronized void start(int port) {
		if (running == null) {
			leoPort = port;
			running = new AnnotationConfigServletWebServerApplicationContext(Server.class);
			Runtime.getRuntime().addShutdownHook(new Thread(running::close));
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Leo's single sign-on settings in the shared test context, with the agency's group mapping. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Settings {

		@Bean
		DynamicPropertyRegistrar singleSignOnForTests() {
			return registry -> {
				registry.add("leo.access.sso.issuer-uri", () -> ISSUER);
				registry.add("leo.access.sso.client-id", () -> CLIENT_ID);
				registry.add("leo.access.sso.client-secret", () -> CLIENT_SECRET);
				registry.add("leo.access.sso.name", () -> "Test Department ID");
				registry.add("leo.access.sso.roles[leo-investigators]", () -> "INVESTIGATOR");
				registry.add("leo.access.sso.roles[leo-supervisors]", () -> "SUPERVISOR,OFFICER");
			};
		}
	}

	/** The provider's own context: the authorization server's endpoints, and a sign-in form for its staff. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Server {

		@Bean
		TomcatServletWebServerFactory identityProviderServer() {
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(PORT);
			factory.setAddress(InetAddress.getLoopbackAddress());
			// the provider's endpoints are filters; Tomcat runs filters only for a request some servlet maps
			factory.setRegisterDefaultServlet(true);
			return factory;
		}

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
			http.securityMatcher(server.getEndpointsMatcher())
				.with(server, as -> as.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
				.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults())
				.build();
		}

		/** The department's staff: the groups they belong to are their authorities here. */
		@Bean
		UserDetailsService departmentStaff() {
			return new InMemoryUserDetailsManager(
					User.withUsername("dana.sso").password("{noop}" + PASSWORD)
						.authorities("leo-investigators", "payroll").build(),
					User.withUsername("sam.sso").password("{noop}" + PASSWORD).authorities("payroll").build());
		}

		@Bean
		RegisteredClientRepository registeredClients() {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("http://localhost:" + leoPort + "/login/oauth2/code/department")
				.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		/** Groups and the user name in the ID token, as a directory-backed provider sends them. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					context.getClaims().claim("groups", context.getPrincipal().getAuthorities().stream()
						.map(GrantedAuthority::getAuthority).filter(name -> !name.startsWith("FACTOR_")).toList());
					context.getClaims().claim("preferred_username", context.getPrincipal().getName());
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString()).build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings authorizationServerSettings() {
			return AuthorizationServerSettings.builder().build();
		}
	}
}

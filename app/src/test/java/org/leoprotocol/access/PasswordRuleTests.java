package org.leoprotocol.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.HashSet;
import java.util.Set;

import org.leoprotocol.shared.InvalidInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRuleTests {

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "short", "elevenchars" })
	void refusesPasswordsShorterThanTwelveCharacters(String password) {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> PasswordRule.check(password))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("access.password.short"))
			.satisfies(refused -> assertThat(refused.messageArguments()).containsExactly(12));
	}

	@ParameterizedTest
	@ValueSource(strings = { "twelve chars", "correct horse battery staple" })
	void acceptsPasswordsOfTwelveCharactersOrMore(String password) {
		assertThatNoException().isThrownBy(() -> PasswordRule.check(password));
	}

	@Test
	void generatedPasswordsSatisfyTheRule() {
		String password = PasswordRule.generate();

		assertThat(password).hasSize(18);
		assertThatNoException().isThrownBy(() -> PasswordRule.check(password));
	}

	@Test
	void generatedPasswordsAvoidLookAlikeCharacters() {
		for (int i = 0; i < 100; i++) {
			assertThat(PasswordRule.generate()).matches("[a-zA-Z2-9]{18}").doesNotContainPattern("[lIoO01]");
		}
	}

	@Test
	void generatedPasswordsDiffer() {
		Set<String> passwords = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			passwords.add(PasswordRule.generate());
		}

		assertThat(passwords).hasSize(100);
	}
}

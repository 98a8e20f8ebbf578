package org.maillage.actor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.maillage.SignedOutAfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Tests of the directory's API run by a new signed-in member each: {@link #fixture} registers and fills actors it
 * owns, named with a token of their own, through {@link #graphQl}.
 */
@ExtendWith(SignedOutAfterEach.class)
abstract class SignedInMemberTests {

	@Autowired
	GraphQlTester graphQl;

	DirectoryFixture fixture;

	@BeforeEach
	void signInAsANewMember() {
		this.fixture = new DirectoryFixture(this.graphQl).signIn();
	}

}

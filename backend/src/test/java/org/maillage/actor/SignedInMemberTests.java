package org.maillage.actor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.maillage.TestCallers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Tests of the directory's API run by a new signed-in member each: {@link #fixture} registers and fills actors it
 * owns, named with a token of their own, through {@link #graphQl}.
 */
abstract class SignedInMemberTests {

	@Autowired
	GraphQlTester graphQl;

	DirectoryFixture fixture;

	@BeforeEach
	void signInAsANewMember() {
		this.fixture = new DirectoryFixture(this.graphQl).signIn();
	}

	@AfterEach
	void signOut() {
		TestCallers.signOut();
	}

}

/** The application's users: names, password hashes and roles. */
package dev.compoundfer.persistence.security;

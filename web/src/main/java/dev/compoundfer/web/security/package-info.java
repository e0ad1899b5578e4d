/**
 * Who is calling: HTTP Basic for the REST API, a form login (login.xhtml) for the console, both checked against
 * the users in the application database.
 */
package dev.compoundfer.web.security;

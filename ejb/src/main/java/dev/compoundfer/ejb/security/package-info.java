/** Users, roles and the first administrator: who may do what in the console, the REST API and the beans. */
package dev.compoundfer.ejb.security;

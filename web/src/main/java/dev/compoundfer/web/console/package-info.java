/** The JSF admin console: thin view beans over the session beans' views. */
package dev.compoundfer.web.console;

/** The playground: recognise the expression on an uploaded photo with the active model. */
package dev.compoundfer.web.console.playground;

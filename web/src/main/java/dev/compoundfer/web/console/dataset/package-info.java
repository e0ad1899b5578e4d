/** The datasets page: register a dataset with its reader type, see its counts, load problems and contact sheet. */
package dev.compoundfer.web.console.dataset;

/** Experiment pages: the list with its controls, the create form, the detail page and its charts. */
package dev.compoundfer.web.console.experiment;

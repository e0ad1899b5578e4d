/** The models page: stored versions with their metrics, and which one serves inference. */
package dev.compoundfer.web.console.model;

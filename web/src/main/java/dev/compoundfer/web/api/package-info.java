/** The REST API (version 1): experiments, recognitions, models, health. */
package dev.compoundfer.web.api;

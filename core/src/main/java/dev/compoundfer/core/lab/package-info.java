/**
 * The lab launcher: a command line that runs any phase of the protocol, or all of it, on any dataset outside the
 * application server, and writes results.json, CSV tables and the phases' checkpoints into one folder.
 */
package dev.compoundfer.core.lab;

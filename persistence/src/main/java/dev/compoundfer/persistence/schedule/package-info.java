/** Schedules that start experiments on a calendar. */
package dev.compoundfer.persistence.schedule;

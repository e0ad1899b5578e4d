/** Schedules: persistent calendar timers that start experiments; list, pause, resume, delete. */
package dev.compoundfer.ejb.schedule;

/**
 * History imports run in the background for administrators: each job, its progress, its report and every row it
 * rejected are kept in the database, so any node behind the load balancer shows them, and a job whose node stopped
 * reads as interrupted instead of running forever.
 */
package org.leoprotocol.earlywarning.history.job;

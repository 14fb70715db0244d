/**
 * Compliance: how SOPs are followed — figures per pemda, unit, SOP and period kept up to date from
 * the execution module's events, for dashboards, compliance reports and the monitoring forms.
 */
package id.baku.compliance;

--liquibase formatted sql

--changeset baku:execution-7
-- The compliance exports read a period's completed steps of a pemda page by page in completion order,
-- and the compliance report its runs by start: without these indexes every page would scan all of the
-- pemda's rows (a million and more).
CREATE INDEX ix_step_execution_tenant_completed ON step_execution (tenant_id, completed_at, id);
CREATE INDEX ix_sop_run_tenant_started ON sop_run (tenant_id, started_at, id);

--liquibase formatted sql

--changeset baku:compliance-assessor-position-length
-- The monitor's and evaluator's jabatan as signed: a jabatan name may have 255 characters and an acting holder's
-- gets "Plt. " in front, so 200 refused a form signed by such a holder (the same width as sop_signature's).
ALTER TABLE monitoring_form MODIFY monitor_position VARCHAR(300);
ALTER TABLE evaluation_form MODIFY evaluator_position VARCHAR(300);

--liquibase formatted sql

--changeset baku:tenant-review-period
-- How often an SOP in force is due for review, in months (Permenpan RB 35/2012 monitors every
-- 6 months and evaluates yearly; most pemda review yearly).
ALTER TABLE tenant ADD COLUMN review_period_months INT NOT NULL DEFAULT 12;

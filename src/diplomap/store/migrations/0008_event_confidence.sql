-- How far each event report can be trusted (extract.events.confidence): the estimated chance that
-- its actors, recipients, quad class and status are all right. NULL for reports coded before it.
ALTER TABLE event_reports ADD COLUMN confidence DOUBLE;

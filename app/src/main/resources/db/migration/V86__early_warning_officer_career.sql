-- Early warning keeps what an agency's roster says of each officer's career and person: the separation date beside
-- the appointment (hire_date), so that a backtest's cohort is the workforce serving on a past date, and race and
-- gender as the agency records them, so that flags can be audited for fairness. Values are the agency's own words.
alter table ew_officer add column separated_on date;
alter table ew_officer add column race text;
alter table ew_officer add column gender text;

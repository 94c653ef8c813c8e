-- A note Leo writes itself when an investigation moves a complaint on (opened, findings in review, closed) is kept
-- as a message key and its argument beside the English text, so the person who filed reads it in their language.
alter table complaint_stage_change add column note_key text, add column note_argument text;

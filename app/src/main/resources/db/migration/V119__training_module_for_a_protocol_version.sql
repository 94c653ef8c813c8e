-- The module Leo adds for each protocol version published keeps the version's name as its title and the version's
-- notes as its summary, blank when it has none; the page says "Leo's Protocol version 3: …" around them in the
-- reader's language. Modules Leo added before kept that English sentence in the title, and an English sentence in
-- the summary of a version without notes; both are read back into what the author wrote. Modules a person added are
-- left as they were typed.
update training_module
set title = substring(title from '^Leo''s Protocol version [0-9]+: (.*)$')
where created_by = 'leo'
  and title ~ '^Leo''s Protocol version [0-9]+: .*$';

update training_module
set summary = ''
where created_by = 'leo'
  and summary = 'The protocol every officer works under.';

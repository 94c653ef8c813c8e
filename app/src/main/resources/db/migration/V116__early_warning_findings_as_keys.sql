-- Early warning keeps a protocol finding that Leo's gap analysis recorded as the finding's own sentence, a message key
-- with its arguments (incident-finding.X|argument|argument), so that a supervisor reads the officer's record and the
-- reason of a flag in their own language. The protocol module's copy of each finding was rewritten into that form by
-- V114; early warning's copy, kept under the same identifier, takes it from there. A finding sent through the API or an
-- agency's export has no protocol copy and stays as it was typed.
update ew_protocol_finding e
set description = p.summary
from protocol_finding p
where p.id = e.id
  and p.summary like 'incident-finding.%';

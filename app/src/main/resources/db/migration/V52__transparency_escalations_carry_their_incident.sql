-- EscalationRaised now carries its incident's kind and report time, so escalations are counted without first
-- looking up the incident's opening; the lookup table is no longer written or read.
drop table transparency_incident_kinds;

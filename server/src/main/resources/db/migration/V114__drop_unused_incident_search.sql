-- Incident searches call ceasefire_incident_text_found (V108, V110) since V108; the older function
-- that returned ids only has no caller left.
drop function ceasefire_incident_text_matches(bigint, text);

-- Who reads a new report is looked up by role: the coordinators of a city, the relays and
-- facilitators of a quartier. The index (city_id, quartier_id) alone made that lookup read
-- every mother of the city, once per report (336 µs with 2,000 mothers in the benchmark,
-- growing with the city); with the role second, each reader is found directly.
CREATE INDEX role_assignment_city_role ON role_assignment (city_id, role, quartier_id);

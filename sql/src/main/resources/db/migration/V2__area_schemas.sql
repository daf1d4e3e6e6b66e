-- Empty schemas for the areas that later issues fill (DESIGN.md, "Storage"): one schema per area.
CREATE SCHEMA mail;
CREATE SCHEMA mta;
CREATE SCHEMA calendar;
CREATE SCHEMA contacts;

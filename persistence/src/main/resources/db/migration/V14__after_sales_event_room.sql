-- AS-9: an inspection is kept on the timeline as the cause found, ": " and the findings.
-- Findings may have 2000 characters and the longest cause name 19, so the detail needs
-- room for 2021; 2100 leaves a margin for the separator.
alter table after_sales_event alter column detail set data type varchar(2100);

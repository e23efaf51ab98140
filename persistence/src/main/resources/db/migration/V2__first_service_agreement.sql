-- MEM-8: the service agreement in force when the site opens (version 1).
insert into agreement_version (id, number, body, published_at, published_by) values (1, 1,
'Service Agreement, version 1.

1. Membership. You register as a natural person with full civil capacity or as a business,
and the data you give must be true. You may browse and buy before real-name verification,
up to the per-trade amount the site sets; only verified members may sell.

2. Your rights. You may use the services of your membership tier, give feedback on the
site''s work at any time, and leave the site free of charge whenever no trade of yours is
still open.

3. Your obligations. You pay the membership fee the site sets (it may be zero), keep to the
published management systems of the site, and trade honestly.

4. Suspension and termination. The site may freeze or terminate a membership for
violations, false registration data, refusal of a new version of this agreement, or other
stated grounds. You are told the reason. A terminated member may not register again.

5. Personal data. The site handles your data as its privacy notice says.

6. Changes. The site publishes new versions of this agreement; you accept a new version at
your next login or decline it and leave.',
timestamp with time zone '2026-01-01 00:00:00+08:00', 'system');

-- DS-1: a personal field is stored as "v<key>:" and the Base64 of IV, ciphertext and tag,
-- about 4/3 of its UTF-8 bytes plus 40 characters. A 300-character address in Chinese
-- is 900 bytes, so it needs some 1,250 characters; every encrypted column gets room for
-- the longest value its check allows.
alter table member alter column license_number set data type varchar(1300);
alter table member alter column company_address set data type varchar(1300);
alter table member alter column company_contact set data type varchar(1300);
alter table member alter column id_number set data type varchar(1300);
alter table verification alter column id_number set data type varchar(1300);
alter table verification alter column license_number set data type varchar(1300);
alter table verification alter column special_license set data type varchar(1300);
alter table verification alter column address set data type varchar(1300);
alter table verification alter column contact set data type varchar(1300);

-- When the coordinator last confirmed that an account is still needed (CJIS: review access
-- regularly; accounts unreviewed for more than 180 days are listed).
alter table app_user add column reviewed_at timestamptz;

-- The follow-up reminder sweep reads the flags with an intervention planned, by follow-up date.
create index ew_flag_follow_up on ew_flag (follow_up_on) where status = 'INTERVENTION_PLANNED';

-- The activity photo table's tenant policy in the form every tenant table has since core/V20261216_0100
-- (congress_id = ANY (ARRAY[…]): Citus refuses the pseudoconstant qual "=" derives beside a statement's own
-- congress_id = ?). V20261219_1110 was already applied where it landed, so the policy is altered here.
alter policy tenant on outreach.activity_photo
  using (congress_id = any (array[core.current_congress()]))
  with check (congress_id = any (array[core.current_congress()]));

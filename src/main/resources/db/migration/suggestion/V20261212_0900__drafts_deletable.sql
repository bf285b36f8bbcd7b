-- A deputy may delete a draft that was never submitted (its signers go with it; its attachments are deleted first).
grant delete on suggestion.submission to ${app_role};

"""Before you spend: the storyboard and stills, the rehearsal, the account's balance and the
cost of a video (window parts; the sums are in composer.billing)."""

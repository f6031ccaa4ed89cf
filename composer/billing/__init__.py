"""Length and cost before sending (Qt-free): HeyGen's billing rule from one data file
(resources/billing/heygen-billing.json, or the user's copy in the settings folder), scene
lengths from scripts, silences, audio files and real speech audio, credit estimates per
render route and presenter engine, the plan's length limit, and today's free drafts."""

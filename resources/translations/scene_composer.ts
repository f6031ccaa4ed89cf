<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Check my HeyGen &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HeyGen account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your HeyGen account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only looked up: nothing was sent to be made and no credit was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (ids and API names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ≈ {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ≈ {cost} of {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plus {count} scene(s) of audio whose length HeyGen measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with HeyGen&apos;s background removal for {count} presenter clip(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} scene(s) cost nothing: their presenter clips are cached, shared with another scene, or not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Not enough for all of them: {fits} of the {count} rows fit. Top up your HeyGen balance or send fewer rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{route} has no free draft: HeyGen charges every video sent on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have sent {used} free drafts today, about HeyGen&apos;s daily limit ({most}). Try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: watermarked and lower quality. {used} of {most} drafts used today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Drafts may be at most {most}; this video runs about {length}, so HeyGen may cut or refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre {px} px from the left edge of the {side} px wide video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre {px} px from the top of the {side} px high video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{px} px tall in the {side} px high video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left edge {px} px from the left of the {side} px wide video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top edge {px} px from the top of the {side} px high video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{px} px: {share}% of the video&apos;s {height} px height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across {x} %   Down {y} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left {x} %   Top {y} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height {height} % of the frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Balance: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What HeyGen says is left on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t ask HeyGen for the balance: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Personalised videos from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spreadsheet loaded. Use {{column}} in the title, scripts and overlay texts; each row makes one video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos rendering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: 1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {count} rows are ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {count} videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: files outside the project&apos;s folder were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {count} jobs; follow them in the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done. Results: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready (1 warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready ({count} warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ 1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {count} problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandController</name>
    <message>
        <source>Change brand kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colours, fonts, presenter, voice and logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your brand kit&apos;s logo shows in the preview only: the {route} route has no way to place a logo, so it is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply brand kit to all scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply brand kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t save the brand kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the brand kit to {count} scene(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scene already follows the brand kit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo width, % of the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo shows in the preview. HeyGen&apos;s v2 and v3 APIs have no logo field, so on those routes it is not sent with the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this kit in the project file (to share it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to all scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background and text colours, fonts, presenter and voice, in one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your brand, applied in one click. New scenes follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a colour. Type a name such as cornflowerblue, or #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HeyGen&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionsPanel</name>
    <message>
        <source>Every word you say, on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions box colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions across, % of the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions down, % of the height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the words being spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to HeyGen&apos;s look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change captions style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions back to HeyGen&apos;s look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Loading the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue yet: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue updated {age} · refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the catalogue {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue updated {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>Play a sample of this voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the {field} id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from your HeyGen account, with previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{id}” is not in your HeyGen catalogue: check the id or choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · id {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Choose an avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a talking photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, id or language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HeyGen API key is set yet: set one to see your avatars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HeyGen API key is set yet: set one to see your talking photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HeyGen API key is set yet: set one to see your voices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voice has no preview clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the preview of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t play preview: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorEdit</name>
    <message>
        <source>#RRGGBB or a name, e.g. orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: pick a colour…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>HeyGen studio avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your digital twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HeyGen account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t reach HeyGen: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: HeyGen did not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: {amount} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presenter of scene(s) {scenes} is not in this HeyGen account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind}): engines {engines}; transparent clip: {webm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for this look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice of scene(s) {scenes} is not in this HeyGen account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your cloned voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: HeyGen speech for rehearsals: {speech}; ElevenLabs tuning: {eleven}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Submit will do ({route})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene {number}: {who} - {does}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one scene of a v2 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one scene of HeyGen&apos;s studio video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already rendered: composed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background removal (+{cost})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent clip (webm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key colour (only if the backdrop it was filmed on is one plain colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent clip (webm), if your plan allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent clip asked first, else {removal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (not in the v2 docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {value} (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen&apos;s default ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16:9 landscape · 1920 × 1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9:16 portrait · 1080 × 1920</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 square · 1080 × 1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video height</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} storyboard.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t export the storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyboard saved as {file} ({count} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stills to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t export the stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} stills in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio asset id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs similarity boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text box width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script (text to speech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (native size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.webp *.gif *.mp4 *.mov *.webm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to HeyGen when you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the image or video fills the frame; default cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>48 px (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pixels of the finished video (hover to see its share of the height).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing between lines as a multiple of the font size (1.2 is typical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text box&apos;s left edge, as a share of the frame&apos;s width from the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text box&apos;s top edge, as a share of the frame&apos;s height from the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2 scenes keeps your whole layout, but HeyGen has retired it (support ended 31 October 2026; Studio users were kept on until v3 took over). v3 studio is HeyGen&apos;s current API: each scene fills the frame, and the problems list says what it leaves out. (default) is v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in your HeyGen library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn captions into the video (script voices only). Default: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen folder id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen calls this address when the video is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.mp3 *.wav *.m4a *.aac *.ogg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who presents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The avatar who presents. Choose… shows your HeyGen avatars; an id can be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a talking photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talking photo. Choose… shows your HeyGen photos; an id can be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the circle behind the avatar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size and position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 % (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presenter&apos;s height as a share of the frame&apos;s: 100 % fills it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presenter&apos;s centre: 0 % the left edge, 50 % the middle, 100 % the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the presenter&apos;s centre is: 0 % the top, 50 % the middle, 100 % the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HeyGen&apos;s Avatar IV model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe how the photo should move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the motion prompt as written, without HeyGen&apos;s enhancement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo&apos;s own background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhance quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhance the photo&apos;s image quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset X (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen&apos;s value: 0 is centred; −0.5 puts the centre on the left edge, 0.5 right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset Y (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen&apos;s value: 0 is centred; negative moves up, positive down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice that reads the script. Choose… lists your HeyGen voices with samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the avatar say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the silence lasts: 1 to 100 seconds; default 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.5 to 1.5; default 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−50 to 50; default 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en-US, pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice&apos;s accent or locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity to the original voice, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice consistency, 0 to 1 (eleven_v3: 0, 0.5 or 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style intensity, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Projects and request bodies (*{suffix} *.json);;Scene Composer projects (*{suffix});;HeyGen request bodies (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}. Save to keep it as a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene Composer projects (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your unsaved work. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <source>Advanced (HeyGen API settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scene to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene has no {part}. Tick the box above to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {part}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>No scene selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>No HeyGen API key is set yet. Add it in Settings (or set HEYGEN_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to HeyGen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in HeyGen&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: check HeyGen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>A free draft: watermarked and lower quality. Send the final video to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT · free, watermarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen says: {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with {route} instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No videos yet. Send a project to HeyGen and it shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo corner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower third band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower third text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene text (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene text: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MusicPanel</name>
    <message>
        <source>Sound (*.mp3 *.wav *.flac *.ogg *.m4a *.aac);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the music while someone speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade out at the end, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change music volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower music under speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change music fade-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use music from outside the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sound is outside the project&apos;s folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}

A project sent to someone else won&apos;t carry it. Use it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t read this sound: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveform of the music</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Reset to HeyGen&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset {field} to HeyGen&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {value} (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} can be {low} to {high}; {typed} is outside that, so it stays at {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutsideFilesDialog</name>
    <message>
        <source>Upload files from outside the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use files from outside the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project can name any file on this computer. Say yes only if you know these files; a project someone sent you should keep its media in its own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file outside the project&apos;s folder would be uploaded to HeyGen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files outside the project&apos;s folder would be uploaded to HeyGen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand kit logo: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene {number}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file outside the project&apos;s folder would be put into your video on this computer; it is not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files outside the project&apos;s folder would be put into your video on this computer; none of them is uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files outside the project&apos;s folder would be used: {uploaded} uploaded to HeyGen, {composed} put into your video on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to HeyGen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put into your video on this computer, not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use and upload them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who presents this scene, how they look and where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the presenter says, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour, an image or a video behind the scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional line of on-screen text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for the whole video: every scene shares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show text overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text overlay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeServer</name>
    <message>
        <source>Practice server (no credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to practice server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to practice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>No scene selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} selected: {where}. Arrow keys move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As v3 renders it: whole frame, no overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v3 cannot render this scene: see the problems list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>No problems: the video is ready to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems · {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos still rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 video is still rendering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} videos are still rendering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you close now, rendering goes on at HeyGen: the next time Scene Composer starts, it follows the videos again and downloads each one when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice server stops with the window, but it keeps its videos on disk: the next time Scene Composer starts, it carries on with them and downloads each one when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep rendering and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed on disk since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program saved it. Reload it (your changes here are lost), keep yours (the other changes are lost), or save yours as a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene Composer closed unexpectedly last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work on {source} was saved automatically on {when} ({count} scenes). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Previous scene (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scene (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HeyGen voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch each script spoken by its HeyGen voice (kept for next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rehearsing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rehearsal&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene {number} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking HeyGen which voices speak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen&apos;s speech does not offer these voices: this computer&apos;s voice says them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching 1 voice clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching {count} voice clips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched {done} of {count}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen will speak {count} script(s) for the rehearsal. This costs about {cost} from your HeyGen balance; the audio is kept, so each script is fetched once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen voices unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteOffer</name>
    <message>
        <source>Render with {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {route} can&apos;t render it yet; see the problems list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteSummary</name>
    <message>
        <source>The problems list says which field of which scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers, transitions, music and caption styles are drawn only when this computer composes the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them: {route}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <source>Exact layout (composed on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen renders only the talking presenter of each scene; this computer puts every scene together exactly as the preview shows it. Later changes to text, backgrounds, sizes or positions need no new HeyGen render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2 scenes (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your whole layout: avatar size and position, circle styles, text overlays, images and videos behind the avatar. HeyGen calls it legacy: supported until 31 October 2026, ended 1 November 2026 except for Studio users until v3 replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v3 studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen&apos;s current API. Each scene fills the whole frame: HeyGen places the presenter itself, so size and position, circle styles, text overlays and pictures behind the presenter are left out (the problems list says what, scene by scene).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project holds a value nested too deeply to be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene Composer could not write it ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t save {file}: {why}. Your work is still open and nothing was changed on disk: use File → Save As to save it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {why}. Save your work (Ctrl+S) to keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneList</name>
    <message>
        <source>Scene {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {count} scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenes yet.
Click + below to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition into this scene…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneListPanel</name>
    <message>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} / {most} · limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen accepts up to {most} scenes per video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneOperations</name>
    <message>
        <source>A video can have at most {count} scenes (HeyGen&apos;s limit). Delete a scene, or split the video into two projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {count} scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenesController</name>
    <message>
        <source>&amp;Add scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scene after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{now} s / {total} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>No system password store (keyring) is available, so the API key is kept only until Scene Composer quits. To keep it, set up a keyring (such as GNOME Keyring or KWallet) or set the HEYGEN_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A key is saved in your system keyring. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is set for this session only (no keyring is available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet. Find yours in HeyGen under Settings → API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send videos to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download videos to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key from the {name} environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeyGen (uses your credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice server (no credits): nothing is sent to HeyGen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be removed when you save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupBar</name>
    <message>
        <source>Choose presenter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send this video, choose {what}: every scene without one gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {what} for every scene</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spend</name>
    <message>
        <source>&amp;Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the video in the preview with its timing and voices, before rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export s&amp;toryboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF with every scene&apos;s frame, script and length, and an approval block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export st&amp;ills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One picture per scene, as the preview shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;draft (free)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watermarked, lower-quality render that costs nothing, to check before paying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitController</name>
    <message>
        <source>Su&amp;bmit video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalise from a &amp;spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: files outside the project&apos;s folder were not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent “{title}”: follow it in the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this video to be rendered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning in the problems list: HeyGen will accept the video, but check it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warnings in the problems list: HeyGen will accept the video, but check them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to upload ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitRows</name>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send draft (free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>1 scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this video to HeyGen to be rendered (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix 1 problem first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix {count} problems first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more (see the problems list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show landscape 16:9 templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show portrait 9:16 templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show square 1:1 templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Start from a template, or from a blank scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template, or from a blank scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from one empty scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say hello and tell viewers what the video is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One feature, why it matters, and how to try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How-to: one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How-to step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk viewers through one step, then recap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s words, their result, and your call to action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited-time offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer / CTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer, a deadline, and one clear action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News in three beats: what, why, when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fast hook, one idea, and a follow prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite viewers to an event: what, when, how to join.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesController</name>
    <message>
        <source>Save as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name (it appears under File → New):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into scene {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change transition length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceOut</name>
    <message>
        <source>Voices: HeyGen&apos;s speech (no speakers found on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices: HeyGen&apos;s speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices: this computer&apos;s speech engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent timing: this computer can&apos;t play audio here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent timing: no speech engine on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowParts</name>
    <message>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

#!/usr/bin/env bash
# Makes the demo's holding-room clip (scenario 002) and its two watermarked exports, shipped under
# app/src/main/resources/demo/ so a demo starts without ffmpeg. The clip is a test pattern with a caption: no person.
# The exports are stamped with the filter and tag Leo's VideoStamp uses: the watermark line (export code and
# recipient) burned into every frame, and "LEO-EXPORT:<code>" in the container's comment tag. Codes and recipients
# must match DemoHoldingRoomClip. Needs ffmpeg (Debian: apt-get install ffmpeg) and the DejaVu fonts.
set -euo pipefail
out="$(dirname "$0")/../app/src/main/resources/demo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
printf 'Holding room 2 \xe2\x80\x94 demo' >"$work/caption.txt"
printf 'Camera HR-2 \xc2\xb7 Central Precinct' >"$work/camera.txt"
ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi -i "smptebars=size=480x270:rate=10:duration=5" \
  -vf "drawtext=fontfile=$font:textfile=$work/caption.txt:fontcolor=white:fontsize=26:box=1:boxcolor=black@0.7:boxborderw=5:x=(w-tw)/2:y=14,drawtext=fontfile=$font:textfile=$work/camera.txt:fontcolor=white:fontsize=14:box=1:boxcolor=black@0.7:boxborderw=3:x=(w-tw)/2:y=52,drawtext=fontfile=$font:text='%{pts\:hms}':fontcolor=white:fontsize=14:box=1:boxcolor=black@0.7:boxborderw=3:x=8:y=h-th-8" \
  -c:v libx264 -preset veryslow -crf 30 -pix_fmt yuv420p -profile:v baseline -an -map_metadata -1 \
  -metadata title="Holding room 2 - demo" -metadata creation_time=2026-11-20T18:52:00Z \
  -fflags +bitexact -flags:v +bitexact -movflags +faststart "$out/holding-room-2.mp4"
stamp() {
  printf '%s' "LEO-$1 · Copy for $2" >"$work/watermark.txt"
  ffmpeg -hide_banner -loglevel error -nostdin -y -i "$out/holding-room-2.mp4" \
    -vf "drawtext=textfile=$work/watermark.txt:fontcolor=white:fontsize=max(14\,h/24):box=1:boxcolor=black@0.6:boxborderw=6:x=(w-tw)/2:y=h-th-2*lh" \
    -metadata comment="LEO-EXPORT:$1" -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -c:a aac \
    -movflags +faststart -f mp4 "$out/holding-room-2.LEO-$1.mp4"
}
stamp K4Q7HR2DA9 "District Attorney's Office"
stamp K4Q7HR2VP3 "Vogel & Partners, defence counsel"
ls -l "$out"/holding-room-2*.mp4

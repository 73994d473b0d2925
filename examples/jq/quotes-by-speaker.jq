# Quotes grouped by speaker, over every record read (use with jq -s).
#   newsfacts extract articles/ | jq -s -f examples/jq/quotes-by-speaker.jq
[.[].quotes[]]
| group_by(.speaker // "(unknown)")
| map({speaker: (.[0].speaker // "(unknown)"), quotes: map(.text)})

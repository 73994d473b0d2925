# Quantities whose value is at least $min, with the article they come from.
#   newsfacts extract articles/ | jq -c --argjson min 1000 -f examples/jq/quantities-above.jq
. as $record
| .quantities[]
| select(.value >= $min)
| {id: $record.id, text, value, unit, kind}

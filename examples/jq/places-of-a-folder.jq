# Every place of a folder of articles, with how many articles name it (use with jq -s).
#   newsfacts extract articles/ | jq -s -f examples/jq/places-of-a-folder.jq
[.[] | .places | unique_by(.name) | .[]]
| group_by(.name)
| map({name: .[0].name, kind: .[0].kind, country: .[0].country, articles: length})
| sort_by(-.articles, .name)

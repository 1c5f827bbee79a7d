# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for wesogctl: commands, each command's options, and the files and folders they
# take. Self-contained (no bash-completion helpers), so a bare `bash` can source it in tests.
# tests/packaging/cli_reference.sh holds the option lists to `wesogctl COMMAND --help`.

_wesogctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    if ((COMP_CWORD == 1)); then
        mapfile -t COMPREPLY < <(compgen -W 'scan submit status pull write check --help --version' -- "$cur")
        return
    fi

    local help='--help --help-all'
    local connection='--url --key-file --ca-file --allow-insecure-http --attempts'
    local scan_flags='--recursive --id-template --src-template --codepage --jobs --profile --title-from-headline'
    local options
    case ${COMP_WORDS[1]} in
        scan) options="$help $scan_flags --lang --replacements" ;;
        submit) options="$help $connection --wait --urgent --strict --lang --batch-size --no-watch --base $scan_flags --metadata-lang" ;;
        status) options="$help $connection --watch" ;;
        pull) options="$help $connection --q --limit" ;;
        write) options="$help --recursive --id-template --lang --codepage --target --backup --dry-run" ;;
        check) options="$help --rules --dictionary --replacements $scan_flags --lang" ;;
        *) return ;;
    esac

    case $prev in
        --profile | --key-file | --ca-file | --dictionary | --replacements)
            compopt -o filenames 2>/dev/null # fails (harmlessly) outside a real completion, as in tests
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
        --base) # a PUT /imgs body, as pull prints it
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
            return
            ;;
        --lang | --metadata-lang)
            if [[ ${COMP_WORDS[1]} == check ]]; then # the metadata language, which picks the dictionary
                mapfile -t COMPREPLY < <(compgen -W 'en es pt pt-BR pt-PT fr ru' -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -W 'en es pt fr ru' -- "$cur")
            fi
            return
            ;;
        --codepage)
            # The two built in, then common ones Qt's converters know (any name they know works).
            mapfile -t COMPREPLY < <(compgen -W 'windows-1252 windows-1251 windows-1250 iso-8859-1 iso-8859-2
                iso-8859-5 iso-8859-15 koi8-r utf-8' -- "$cur")
            return
            ;;
        --target)
            mapfile -t COMPREPLY < <(compgen -W 'auto sidecar' -- "$cur")
            return
            ;;
        --url | --id-template | --src-template | --jobs | --attempts | --batch-size | --q | --limit)
            return # free text: nothing sensible to offer
            ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi
    case ${COMP_WORDS[1]} in
        scan)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            ;;
        submit | check) # a folder, or a JSON file holding a PUT /imgs body
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
            ;;
        write) # the folder, then the JSON body
            compopt -o filenames 2>/dev/null
            local words=0 i
            for ((i = 2; i < COMP_CWORD; i++)); do
                [[ ${COMP_WORDS[i]} == -* || ${COMP_WORDS[i - 1]} == --@(id-template|lang|codepage|target) ]] || ((words++))
            done
            if ((words == 0)); then
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
            fi
            ;;
    esac
}
complete -F _wesogctl wesogctl

# lede install / lede uninstall, sourced by bin/lede (and by ./lede of a clone).
# install copies a tree laid out as the distribution archive (bin/, lib/lede/, share/) into a prefix and writes
# PREFIX/lib/lede/installed-files: each file it put there with its SHA-256, and each folder it made. uninstall
# removes exactly those files (a file changed since is kept, and said so) and then the folders it made, when empty.
# Neither ever touches the user's preferences, feeds, reading state or cache (XDG folders), which no manifest names.

lede_manifest_header="lede installed-files 1"
# what of a tree is lede's: an installed tree (bin/lede in /usr/bin) holds other programs' files too
lede_files=(bin/lede lib/lede share/man/man1/lede.1 share/bash-completion/completions/lede
  share/zsh/site-functions/_lede share/doc/lede)

lede_install_usage() {
  cat <<'USAGE'
Usage: lede install [--prefix DIR]
       lede uninstall [--prefix DIR]
Install lede (the launcher, its jar, the man page, bash and zsh completion, the documentation) under DIR
(default: ~/.local), or remove what an install there put in place. Preferences, feeds, reading state and caches
are never touched.
USAGE
}

lede_fail() {
  echo "lede: error: $*" >&2
  exit "${lede_fail_code:-1}"
}

# lede_install_main ROOT KIND COMMAND [--prefix DIR]: KIND is "clone" (ROOT is a clone: install its
# target/lede-*.tar.gz) or "tree" (ROOT is an installed or unpacked tree: install it).
lede_install_main() {
  local root="$1" kind="$2" command="$3" prefix=""
  shift 3
  while (($#)); do
    case "$1" in
      --prefix) (($# >= 2)) || lede_fail_code=2 lede_fail "--prefix needs a folder; see 'lede $command --help'"
        prefix="$2"; shift 2 ;;
      --prefix=*) prefix="${1#--prefix=}"; shift ;;
      -h | --help) lede_install_usage; return 0 ;;
      *) lede_fail_code=2 lede_fail "unknown argument '$(printf '%q' "$1")' of lede $command; see 'lede $command --help'" ;;
    esac
  done
  if [[ -z $prefix ]]; then
    if [[ $command == uninstall && $kind == tree && -f $root/lib/lede/installed-files ]]; then
      prefix="$root"
    elif [[ ${HOME:-} == /* ]]; then
      prefix="$HOME/.local"
    else
      lede_fail_code=2 lede_fail "no --prefix given and no HOME to install under"
    fi
  fi
  [[ $prefix == /* ]] || prefix="$PWD/$prefix"
  if [[ $command == install ]]; then
    lede_install "$root" "$kind" "$prefix"
  else
    lede_uninstall "$prefix"
  fi
}

lede_install() {
  local root="$1" kind="$2" prefix="$3" tree work=""
  if [[ $kind == clone ]]; then
    local tarball
    tarball="$(ls -t "$root"/target/lede-*.tar.gz 2>/dev/null | head -n 1)"
    if [[ -z $tarball || $root/target/lede.jar -nt $tarball ]]; then
      build
      tarball="$(ls -t "$root"/target/lede-*.tar.gz 2>/dev/null | head -n 1)"
    fi
    [[ -f $tarball ]] || lede_fail "no distribution archive in $root/target; run 'mvn -B package' there"
    work="$(mktemp -d)"
    tar -xzf "$tarball" -C "$work" || lede_fail "cannot unpack $tarball"
    tree="$(echo "$work"/lede-*)"
  else
    tree="$root"
  fi
  [[ -f $tree/lib/lede/lede.jar && -f $tree/bin/lede ]] || lede_fail "$tree is not a lede tree (no lib/lede/lede.jar)"
  [[ $(readlink -f "$tree") != "$(readlink -f "$prefix" 2>/dev/null)" ]] || lede_fail "lede is installed in $prefix already"
  # an earlier install there is removed first (files changed since are kept), so an upgrade leaves no old file
  [[ -f $prefix/lib/lede/installed-files ]] && lede_uninstall "$prefix" quiet
  local files=() file
  while IFS= read -r -d '' file; do
    [[ $file == lib/lede/installed-files ]] && continue
    files+=("$file")
    if [[ -e $prefix/$file || -L $prefix/$file ]] && ! cmp -s "$tree/$file" "$prefix/$file"; then
      lede_fail "$prefix/$file exists and is not from a lede install; move it away first"
    fi
  done < <(cd "$tree" && find "${lede_files[@]}" -type f -print0 2>/dev/null | sort -z)
  local manifest=("$lede_manifest_header") dir
  for file in "${files[@]}"; do
    dir="$(dirname "$file")"
    local part=""
    # each folder it makes, parents first, for uninstall to remove when empty
    IFS=/ read -r -a parts <<<"$dir"
    for p in "${parts[@]}"; do
      part="${part:+$part/}$p"
      if [[ ! -d $prefix/$part ]]; then
        mkdir -p "$prefix/$part" || lede_fail "cannot make $prefix/$part"
        manifest+=("d - $part")
      fi
    done
    local mode=644
    [[ $file == bin/* ]] && mode=755
    install -m "$mode" "$tree/$file" "$prefix/$file" || lede_fail "cannot write $prefix/$file"
    manifest+=("f $(sha256sum <"$prefix/$file" | cut -d' ' -f1) $file")
  done
  printf '%s\n' "${manifest[@]}" >"$prefix/lib/lede/installed-files"
  [[ -n $work ]] && rm -rf "$work"
  echo "lede: installed ${#files[@]} files under $prefix (listed in $prefix/lib/lede/installed-files)"
  case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "lede: note: $prefix/bin is not on PATH; add it, e.g. PATH=\"$prefix/bin:\$PATH\" in ~/.profile" ;;
  esac
  if [[ -x $prefix/bin/lede ]]; then
    # the first run makes the class-data archive for this Java in the user's cache, so a later start is quick
    lede_quiet_archive=1 "$prefix/bin/lede" --version >/dev/null 2>&1 || true
  fi
}

lede_uninstall() {
  local prefix="$1" quiet="${2:-}" manifest="$1/lib/lede/installed-files" line header=""
  [[ -f $manifest ]] || lede_fail "nothing installed by lede in $prefix (no $manifest)"
  IFS= read -r header <"$manifest" || true
  [[ $header == "$lede_manifest_header" ]] || lede_fail "$manifest is not a manifest this lede reads ('$header'); nothing removed"
  local files=() dirs=() kind sum path removed=0 kept=0
  while IFS= read -r line; do
    read -r kind sum path <<<"$line"
    # a manifest is only ever a list of plain relative paths: anything else is not lede's and nothing is removed
    if [[ ! $kind =~ ^[fd]$ || -z $path || $path == /* || /$path/ == */../* || /$path/ == */./* ]]; then
      lede_fail "$manifest is damaged (line '$line'); nothing removed"
    fi
    if [[ $kind == f ]]; then files+=("$sum $path"); else dirs+=("$path"); fi
  done < <(tail -n +2 "$manifest")
  for line in "${files[@]}"; do
    sum="${line%% *}" path="${line#* }"
    [[ -e $prefix/$path || -L $prefix/$path ]] || continue
    if [[ ! -L $prefix/$path && -f $prefix/$path && $(sha256sum <"$prefix/$path" | cut -d' ' -f1) == "$sum" ]]; then
      rm -f "$prefix/$path" && removed=$((removed + 1))
    else
      echo "lede: kept $prefix/$path: changed since it was installed" >&2
      kept=$((kept + 1))
    fi
  done
  rm -f "$manifest"
  # the folders it made, deepest first, each only when empty
  local i
  for ((i = ${#dirs[@]} - 1; i >= 0; i--)); do
    rmdir "$prefix/${dirs[i]}" 2>/dev/null || true
  done
  if [[ -z $quiet ]]; then
    local note=""
    ((kept == 0)) || note=", kept $kept changed since it was installed"
    echo "lede: removed $removed files from $prefix$note"
  fi
  return 0
}

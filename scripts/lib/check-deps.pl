# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The evaluation part of scripts/check-deps.sh (which prepares $MS_WORK: build.list, ci.list, the
# configure trace, the build folder and the list of tracked files).
use strict;
use warnings;
use Cwd qw(realpath);
use JSON::PP;

my $repo = $ENV{MS_REPO};
my $work = $ENV{MS_WORK};
my $verbose = $ENV{MS_VERBOSE};
my $build = "$work/build";

sub slurp { my ($f) = @_; open my $h, '<', $f or return ''; local $/; my $s = <$h>; close $h; return $s; }
sub lines { my ($f) = @_; return grep { length } split /\n/, slurp($f); }

# --- what is used -----------------------------------------------------------------------------
# %files:    absolute path => { scope => 'build'|'ci', why => text }
# %programs: name or absolute path => same
my (%files, %programs);
sub use_file {
    my ($path, $scope, $why) = @_;
    my $e = $files{$path} //= { scope => $scope, why => $why };
    $e->{scope} = 'build' if $scope eq 'build';
}
sub use_program {
    my ($name, $scope, $why) = @_;
    my $e = $programs{$name} //= { scope => $scope, why => $why };
    if ($scope eq 'build' && $e->{scope} ne 'build') { $e->{scope} = 'build'; $e->{why} = $why; }
}
sub outside_tree { my ($p) = @_; return index($p, "$repo/") != 0 && index($p, "$work/") != 0; }

# 1. Every CMake file the configure step loaded, and the pkg-config modules it found.
my %cache;
for (lines("$build/CMakeCache.txt")) {
    next if /^\s*(#|\/\/)/;
    $cache{$1} = { type => $2, value => $3 } if /^([^:=]+):([A-Z]+)=(.*)$/;
}
my @pkg_calls;
open my $trace, '<', "$work/trace.json" or die "no trace: $!";
while (my $l = <$trace>) {
    if ($l =~ /"file"\s*:\s*"([^"]+)"/) {
        use_file($1, 'build', 'loaded by the configure step') if outside_tree($1);
    }
    if ($l =~ /"cmd"\s*:\s*"(pkg_check_modules|pkg_search_module)"/i) {
        push @pkg_calls, decode_json($l)->{args};
    }
}
close $trace;
my %pc_seen;
sub use_pc_module {
    my ($module, $why) = @_;
    return if $pc_seen{$module}++;
    chomp(my $pc = `pkg-config --path '$module' 2>/dev/null`);
    return unless $pc && -f $pc;
    use_file($pc, 'build', $why);
    for my $req (split /\n/, `pkg-config --print-requires --print-requires-private '$module' 2>/dev/null`) {
        my ($name) = $req =~ /^\s*(\S+)/;
        use_pc_module($name, "pkg-config module required by $module") if $name;
    }
}
for my $args (@pkg_calls) {
    my ($prefix, @rest) = @$args;
    my $found = $cache{"${prefix}_FOUND"};
    next unless $found && $found->{value} eq '1';
    for my $arg (@rest) {
        next if $arg =~ /^(REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH|STATIC)$/;
        (my $module = $arg) =~ s/\s*[<>=].*$//;
        use_pc_module($module, "pkg-config module $module found by the configure step");
    }
}

# 2. Files found by find_program/find_library/find_file in the cache; compiler launchers.
for my $name (sort keys %cache) {
    my $c = $cache{$name};
    if ($c->{type} eq 'FILEPATH' && $c->{value} =~ m{^/} && -f $c->{value} && outside_tree($c->{value})) {
        # Programs only: libraries found by find_library are often optional (FindOpenGL's EGL and
        # GLU); the ones the build links come with the package configs checked above.
        use_program($c->{value}, 'build', "CMake cache $name") if -x $c->{value} && $c->{value} !~ /\.(so|a)(\.|$)/;
    }
    if ($name =~ /_LAUNCHER$/ && $c->{value} ne '') {
        use_program((split /;/, $c->{value})[0], 'build', "CMake cache $name");
    }
}

# 3. Programs CTest starts.
for my $ctest (split /\n/, `find '$build' -name CTestTestfile.cmake`) {
    for (lines($ctest)) {
        next unless /^add_test\(\s*\S+\s+"([^"]+)"/;
        my $cmd = $1;
        next if index($cmd, "$work/") == 0 || $cmd eq 'NOT_AVAILABLE';
        use_program($cmd, 'build', 'a CTest test (' . substr($ctest, length($build) + 1) . ')');
    }
}

# 4. Programs the scripts run and the tests start.
my @tracked = lines("$work/files");
my %is_tracked = map { $_ => 1 } @tracked;
my %by_base;
for (@tracked) { my ($b) = m{([^/]+)$}; push @{ $by_base{$b} }, $_; }

sub is_shell_file {
    my ($f) = @_;
    return 1 if $f =~ /\.sh$/ || $f eq '.ci/run';
    return 0 if $f =~ /\.(cpp|h|js|json|md|txt|cmake|png|svg|xml|desktop|qrc|ts|ui|supp)$/;
    open my $h, '<', "$repo/$f" or return 0;
    my $first = <$h> // '';
    close $h;
    return $first =~ m{^#!.*\b(ba)?sh\b};
}
sub starts_processes {
    my ($f) = @_;
    return 0 unless $f =~ m{^tests/} && $f =~ /\.(cpp|h|js)$/;
    return slurp("$repo/$f") =~ /QProcess|findExecutable|child_process|\bspawn(Sync)?\s*\(/;
}

my %keyword = map { $_ => 1 } qw(if then else elif fi case esac for while until do done in function
  select time coproc return local declare export readonly unset shift set eval exec trap wait source);
my %wrapper = map { $_ => 1 } qw(sudo env nice ionice nohup setsid timeout xvfb-run dbus-run-session
  chroot stdbuf command exec time);

# Words in command position of shell text.
sub shell_commands {
    my ($text) = @_;
    my @found;
    for my $line (split /\n/, $text) {
        $line =~ s/^\s*#.*$//;
        $line =~ s/\s#[^!{].*$//;
        $line =~ s/["'`]/\n/g;              # a quoted string may be a script of its own
        $line =~ s/\|\||&&|\$\(|[;|&(){}]/\n/g;
        for my $segment (split /\n/, $line) {
            my @w = split ' ', $segment;
            shift @w while @w && ($w[0] =~ /^[A-Za-z_][A-Za-z0-9_]*(\[[^]]*\])?\+?=/ || $w[0] =~ /^\d*[<>]/
                                  || $w[0] =~ /^(then|do|else|elif|if|while|until|!|time|exec|command)$/);
            next unless @w;
            next if $w[0] =~ /^(\[\[?|test)$/;
            while (@w) {
                my $cmd = shift @w;
                last unless $cmd =~ m{^(/[A-Za-z][A-Za-z0-9_./+-]*|[A-Za-z0-9][A-Za-z0-9_.+-]*)$};
                last if $keyword{$cmd};
                push @found, $cmd;
                last unless $wrapper{$cmd};
                # The program a wrapper runs: the first word that is no option, number or variable.
                shift @w while @w && ($w[0] =~ /^(-|\$|\d|[A-Za-z_][A-Za-z0-9_]*=)/ || $w[0] eq '--');
            }
        }
    }
    return @found;
}

# Scripts the README's two commands run (and what they run in turn) are in the build scope.
my %build_scope;
my @queue = grep { $is_tracked{$_} } ('scripts/run-demo.sh', 'scripts/run-tests.sh', grep { m{^tests/} } @tracked);
while (my $f = shift @queue) {
    next if $build_scope{$f}++;
    next unless -f "$repo/$f" && (is_shell_file($f) || $f =~ m{^tests/});
    my $text = slurp("$repo/$f");
    while ($text =~ m{([A-Za-z0-9_.-]+\.(?:sh|js))\b}g) {
        push @queue, grep { !$build_scope{$_} } @{ $by_base{$1} // [] };
    }
}

for my $f (@tracked) {
    next unless -f "$repo/$f";
    my $scope = $build_scope{$f} ? 'build' : 'ci';
    if (is_shell_file($f)) {
        use_program($_, $scope, $f) for shell_commands(slurp("$repo/$f"));
    } elsif ($f =~ m{^tests/} && $f =~ /\.(cpp|h|js)$/) {
        my $text = slurp("$repo/$f");
        $text =~ s{/\*.*?\*/}{}gs;
        $text =~ s{^\s*//.*$}{}gm;
        my @literals;
        push @literals, $1 while $text =~ /"((?:[^"\\\n]|\\.)*)"/g;
        if ($f =~ /\.js$/) { push @literals, $1 while $text =~ /'((?:[^'\\\n]|\\.)*)'/g; }
        # Absolute paths of programs in any literal (a browser's executablePath, say).
        for my $literal (@literals) {
            use_program($1, $scope, $f) while $literal =~ m{(?:^|\s)((?:/usr)?/s?bin/[A-Za-z0-9_.+-]+)}g;
        }
        next unless starts_processes($f);
        # In sources that start processes: programs named where a process starts or is looked up,
        # and scripts in multi-line string literals (sh -c).
        my @shell;
        push @shell, $1 while $text =~ /\b(?:findExecutable|start|startDetached|execute|spawn|spawnSync|execFile|execFileSync|exec|execSync)\s*\(\s*(?:QStringLiteral\(|QLatin1String\(|QString::fromLatin1\(|u)?\s*["'`]([^"'`]+)["'`]/g;
        push @shell, grep { /\\n/ } @literals;
        for my $script (@shell) {
            $script =~ s/\\n/\n/g;
            $script =~ s/\\(.)/$1/g;
            use_program($_, $scope, $f) for shell_commands($script);
        }
    }
}

# --- resolve programs to files ----------------------------------------------------------------
my @names = sort keys %programs;
my %program_paths;   # name => [paths in PATH order]
{
    open my $in, '>', "$work/names" or die;
    print $in "$_\n" for @names;
    close $in;
    # A clean bash: builtins and keywords are no programs; type -aP lists every file in PATH.
    for (split /\n/, `bash --norc --noprofile -c 'while read -r n; do t=\$(type -t "\$n" 2>/dev/null); if [[ \$n == /* ]]; then [[ -f \$n && -x \$n ]] && printf "%s\\t%s\\n" "\$n" "\$n"; elif [[ \$t != builtin && \$t != keyword ]]; then for p in \$(type -aP "\$n"); do printf "%s\\t%s\\n" "\$n" "\$p"; done; fi; done' < '$work/names'`) {
        my ($n, $p) = split /\t/;
        push @{ $program_paths{$n} }, $p;
    }
}

# --- owners (dpkg -S) ------------------------------------------------------------------------
sub candidates {
    my ($path) = @_;
    my @c = ($path);
    my $real = realpath($path);
    push @c, $real if defined $real && $real ne $path;
    for my $p (@c[0 .. $#c]) {   # merged /usr: a package may name either spelling
        if ($p =~ m{^/usr/(s?bin|lib[^/]*)/(.*)$}) { push @c, "/$1/$2"; }
        elsif ($p =~ m{^/(s?bin|lib[^/]*)/(.*)$}) { push @c, "/usr/$1/$2"; }
    }
    return @c;
}
my %owners;   # path => [packages]
{
    my %ask;
    $ask{$_} = 1 for map { candidates($_) } (keys %files, map { @$_ } values %program_paths);
    my @ask = sort keys %ask;
    while (my @chunk = splice @ask, 0, 200) {
        open my $q, '-|', 'sh', '-c', 'exec dpkg-query -S "$@" 2>/dev/null', 'sh', @chunk or die;
        while (<$q>) {
            chomp;
            next if /^(diversion|local diversion) /;
            my ($pkgs, $path) = /^(.*?): (\/.*)$/ or next;
            push @{ $owners{$path} }, map { s/:.*$//r } split /, /, $pkgs;
        }
        close $q;
    }
}
sub owners_of { my ($path) = @_; for (candidates($path)) { return @{ $owners{$_} } if $owners{$_}; } return (); }

# --- what the listed packages bring -------------------------------------------------------------
my (%installed, %provided_by, %depends, %recommends, @base);
open my $status, '-|', 'dpkg-query', '-W',
    '-f=${db:Status-Abbrev}\t${Package}\t${Essential}\t${Priority}\t${Provides}\t${Pre-Depends}, ${Depends}\t${Recommends}\n' or die;
while (<$status>) {
    chomp;
    my ($st, $pkg, $essential, $priority, $provides, $deps, $recs) = split /\t/, $_, -1;
    next unless $st =~ /^ii/;
    $installed{$pkg} = 1;
    push @{ $provided_by{ s/\s*\(.*//r } }, $pkg for grep { /\S/ } map { s/^\s+|\s+$//gr } split /,/, $provides;
    $depends{$pkg} = [ grep { @$_ } map { [ grep { length } map { s/\s*\(.*//r =~ s/:\w+$//r =~ s/^\s+|\s+$//gr } split /\|/ ] } split /,/, $deps ];
    $recommends{$pkg} = [ map { s/\s*\(.*//r =~ s/^\s+|\s+$//gr } map { split /\|/ } split /,/, $recs ];
    push @base, $pkg if $essential eq 'yes' || $priority eq 'required' || $pkg eq 'apt';
}
close $status;

# The installed package that satisfies one alternative of a dependency.
sub satisfier {
    my ($alternatives) = @_;
    for my $a (@$alternatives) { return $a if $installed{$a}; }
    for my $a (@$alternatives) { for my $p (@{ $provided_by{$a} // [] }) { return $p if $installed{$p}; } }
    return undef;
}
sub closure {
    my @todo = @_;
    my %in;
    while (defined(my $p = shift @todo)) {
        my $real = $installed{$p} ? $p : satisfier([$p]);
        next unless defined $real;
        next if $in{$real}++;
        $in{$p} = 1;
        for my $dep (@{ $depends{$real} // [] }) {
            my $s = satisfier($dep);
            push @todo, $s if defined $s && !$in{$s};
        }
    }
    return \%in;
}
my @build_list = lines("$work/build.list");
my @ci_list = lines("$work/ci.list");
my %closure = (build => closure(@build_list, @base), ci => closure(@ci_list, @base));
my $base = closure(@base);

# --- verdict ---------------------------------------------------------------------------------
my (%missing, @notes);
sub judge {
    my ($what, $scope, $why, @pkgs) = @_;
    my $group = $scope eq 'build' ? 'build' : 'ci';
    return if grep { $closure{$scope}{$_} } @pkgs;
    my $pkg = $pkgs[0];
    my @recommended_by = sort grep { my $r = $_; grep { $_ eq $pkg } @{ $recommends{$r} // [] } } keys %{ $closure{$scope} };
    my $hint = @recommended_by ? " (only Recommended by " . join(', ', @recommended_by[0 .. ($#recommended_by < 2 ? $#recommended_by : 2)]) . ")" : '';
    push @{ $missing{$pkg} }, "$what, $why; not pulled in by the '$group' packages$hint";
}
for my $path (sort keys %files) {
    my @pkgs = owners_of($path);
    if (!@pkgs) { push @notes, "no Debian package owns $path ($files{$path}{why})"; next; }
    judge($path, $files{$path}{scope}, $files{$path}{why}, @pkgs);
}
my %unresolved;
for my $name (sort keys %programs) {
    my $e = $programs{$name};
    my @paths = @{ $program_paths{$name} // [] };
    if (!@paths) { push @{ $unresolved{ $e->{scope} } }, $name; next; }
    my ($path) = grep { owners_of($_) } @paths;
    if (!defined $path) {
        push @{ $missing{"(no Debian package)"} }, "program $name = $paths[0], used by $e->{why}";
        next;
    }
    judge("program $name = $path", $e->{scope}, "used by $e->{why}", owners_of($path));
}
for my $p (@ci_list) { push @notes, "listed but not installed here: $p" unless $installed{$p} || satisfier([$p]); }

my $nfiles = keys %files;
my $nprograms = grep { @{ $program_paths{$_} // [] } } keys %programs;
if ($verbose) {
    print "checked $_ ($files{$_}{scope}: $files{$_}{why}) -> ", join(',', owners_of($_)), "\n" for sort keys %files;
    for (sort keys %programs) { print "checked program $_ ($programs{$_}{scope}: $programs{$_}{why}) -> ", join(' ', @{ $program_paths{$_} // ['not on this machine'] }), "\n"; }
    print "not programs on this machine ($_): ", join(' ', @{ $unresolved{$_} }), "\n" for sort keys %unresolved;
}
print "note: $_\n" for @notes;
if (%missing) {
    for my $pkg (sort keys %missing) {
        my @w = @{ $missing{$pkg} };
        print "MISSING $pkg for $w[0]", (@w > 1 ? sprintf(" (and %d more)", @w - 1) : ''), "\n";
        if ($verbose) { print "   also: $_\n" for @w[1 .. $#w]; }
    }
    printf "check-deps: FAILED: %d package(s) above are used but neither in %s nor pulled in by its packages' Depends\n",
        scalar(keys %missing), $ENV{MS_LIST};
    exit 1;
}
printf "check-deps: %d files and %d programs used by the build, scripts and tests all come from the listed packages (%d build, %d with ci) and what they depend on\n",
    $nfiles, $nprograms, scalar(@build_list), scalar(@ci_list);
exit 0;

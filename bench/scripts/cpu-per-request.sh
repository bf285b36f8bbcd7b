#!/bin/bash
# usage: JIT=45 bench/scripts/cpu-per-request.sh JAR LABEL
# CPU milliseconds per request of the pages (bench/README.md, "Pages as fast as the JSON"): starts the jar on a scale's
# bench data (BENCH_DATA, default the scale-0.1 directory; generated and given its bench accounts by
# `-Pbench verify -Dbench.scale=0.1 -Dbench.only=data,http`), then per endpoint JIT seconds (default 20) at 8
# connections, then 30 s at 2 connections measured: requests, p50, req/s, CPU per request of the application (all
# threads; the request threads; the JIT compilers) and of PostgreSQL (postmaster and backends), from /proc. On a
# shared machine these per-request figures move far less than latencies. Needs wrk, curl, bc.
JAR=$(realpath $1); L=$2; OUT=$(realpath -m ${OUT_DIR:-target/bench/cpu}/$L); DATA=${BENCH_DATA:-/tmp/renda-bench/$(basename $PWD)/scale-0.1}
mkdir -p $OUT; cd $OUT
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("",0));print(s.getsockname()[1])')
java -Xms128m -Xmx448m -XX:+UseG1GC -XX:MaxGCPauseMillis=50 -Xss512k -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=192m \
  -Dfile.encoding=UTF-8 -XX:StartFlightRecording=filename=$OUT/app.jfr,settings=profile \
  -jar $JAR --spring.profiles.active=bench --renda.data-dir=$DATA --server.port=$PORT \
  --renda.handling.sweep-cron=- --renda.notification.digest-cron=- --logging.level.root=WARN > $OUT/app.log 2>&1 &
APP=$!
echo "app pid $APP port $PORT" > $OUT/summary.txt
until curl -sf http://127.0.0.1:$PORT/actuator/health | grep -q UP; do sleep 1; kill -0 $APP || exit 1; done
PGPID=$(head -1 $DATA/postgres/pgdata/postmaster.pid)
login() { rm -f $OUT/$1.jar; T=$(curl -s -c $OUT/$1.jar -b $OUT/$1.jar http://127.0.0.1:$PORT/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//');
  curl -s -o /dev/null -c $OUT/$1.jar -b $OUT/$1.jar --data-urlencode "username=$1" --data-urlencode "password=bench-http-2026" --data-urlencode "_csrf=$T" http://127.0.0.1:$PORT/login;
  grep JSESSIONID $OUT/$1.jar | awk '{print $7}'; }
SU=$(login bench-unit); SS=$(login bench-staff); SL=$(login bench-leader)
ticks() { awk '{print $14+$15}' /proc/$1/stat; }
# CPU of the request threads only (Tomcat's http-nio-* executors), of the JIT compilers and of the GC threads
reqticks() { s=0; for t in /proc/$APP/task/*; do case "$(cat $t/comm 2>/dev/null)" in http-nio*) v=$(awk '{print $14+$15}' $t/stat 2>/dev/null); s=$((s+${v:-0}));; esac; done; echo $s; }
jitticks() { s=0; for t in /proc/$APP/task/*; do case "$(cat $t/comm 2>/dev/null)" in C1*|C2*) v=$(awk '{print $14+$15}' $t/stat 2>/dev/null); s=$((s+${v:-0}));; esac; done; echo $s; }
pgticks() { s=$(ticks $PGPID); for c in $(pgrep -P $PGPID); do t=$(ticks $c 2>/dev/null); s=$((s+${t:-0})); done; echo $s; }
run() { # name session path
  cat > $OUT/$1.lua <<LUA
wrk.headers["Cookie"] = "JSESSIONID=$2"
LUA
  code=$(curl -s -o $OUT/$1.html -w '%{http_code}' -H "Cookie: JSESSIONID=$2" "http://127.0.0.1:$PORT$3")
  wrk -t1 -c8 -d${JIT:-20}s -s $OUT/$1.lua "http://127.0.0.1:$PORT$3" > $OUT/$1-jit.txt
  t0=$(date +%s); a0=$(ticks $APP); p0=$(pgticks); r0=$(reqticks); j0=$(jitticks)
  wrk -t1 -c2 -d30s --latency -s $OUT/$1.lua "http://127.0.0.1:$PORT$3" > $OUT/$1-c2.txt
  a1=$(ticks $APP); p1=$(pgticks); r1=$(reqticks); j1=$(jitticks); t1=$(date +%s)
  n=$(grep -o '[0-9]* requests in' $OUT/$1-c2.txt | awk '{print $1}')
  p50=$(grep ' 50%' $OUT/$1-c2.txt | awk '{print $2}'); rps=$(grep Requests/sec $OUT/$1-c2.txt | awk '{print $2}')
  non=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' $OUT/$1-c2.txt)
  printf "%-10s http %s bytes %s  n=%s p50=%s rps=%s app=%.1f ms/req (request threads %.1f, JIT %.1f) db=%.1f ms/req window=%s-%s load=%s %s\n" $1 $code $(stat -c %s $OUT/$1.html) $n $p50 $rps \
    $(echo "($a1-$a0)*10/$n" | bc -l) $(echo "($r1-$r0)*10/$n" | bc -l) $(echo "($j1-$j0)*10/$n" | bc -l) $(echo "($p1-$p0)*10/$n" | bc -l) $t0 $t1 "$(cut -d' ' -f1 /proc/loadavg)" "$non" | tee -a $OUT/summary.txt
}
run todo $SU /todo
run case_list $SS "/cases?kind=SUGGESTION&state=ACCEPTED&colour=RED"
run case_page $SS /cases/2397
run dashboard $SL /cases/board
kill $APP; wait $APP
echo done >> $OUT/summary.txt

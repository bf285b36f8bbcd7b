package cn.renda.bench;

final class SweepBench implements Benchmark {
    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public void run(BenchContext ctx) {}
}

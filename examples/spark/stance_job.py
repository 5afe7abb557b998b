"""The stance Spark job, as a file for spark-submit (the code is
python/stance/spark.py):

    spark-submit --master yarn --archives stance_env.tar.gz#env \
        --conf spark.pyspark.python=./env/bin/python \
        examples/spark/stance_job.py hdfs:///news/ --output hdfs:///stance/news --cells

Arguments as `python -m stance.spark --help`.
"""

import sys

from stance.spark import main

if __name__ == "__main__":
    sys.exit(main())

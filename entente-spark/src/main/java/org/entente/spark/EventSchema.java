package org.entente.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The contract's event JSON as a Spark schema, so every column exists even where no event carries it. */
final class EventSchema {
    private EventSchema() {
    }

    private static StructField f(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static final StructType ACTOR = struct(f("text", DataTypes.StringType), f("code", DataTypes.StringType),
            f("country", DataTypes.StringType), f("sector", DataTypes.StringType));
    private static final StructType SPAN = struct(f("text", DataTypes.StringType), f("start", DataTypes.IntegerType),
            f("end", DataTypes.IntegerType));

    static final StructType SCHEMA = struct(
            f("doc", DataTypes.StringType), f("sentence", DataTypes.IntegerType), f("source", ACTOR), f("target", ACTOR),
            f("cameo", DataTypes.StringType), f("root", DataTypes.StringType), f("quadClass", DataTypes.IntegerType),
            f("goldstein", DataTypes.DoubleType), f("plover", DataTypes.StringType), f("ploverMode", DataTypes.StringType),
            f("ploverContext", DataTypes.createArrayType(DataTypes.StringType)), f("date", DataTypes.StringType),
            f("dateGrain", DataTypes.StringType), f("dateInferred", DataTypes.BooleanType),
            f("location", struct(f("name", DataTypes.StringType), f("country", DataTypes.StringType), f("adm1", DataTypes.StringType),
                    f("adm1Code", DataTypes.StringType), f("lat", DataTypes.DoubleType), f("lon", DataTypes.DoubleType),
                    f("geonameId", DataTypes.LongType), f("grain", DataTypes.StringType), f("how", DataTypes.StringType))),
            f("evidence", SPAN), f("confidence", DataTypes.DoubleType), f("trigger", SPAN), f("rule", DataTypes.StringType),
            f("dateRule", DataTypes.StringType), f("negated", DataTypes.BooleanType));

    /** A merged event: the representative report's fields, its id (a string), its reports and documents. */
    static final StructType MERGED = SCHEMA.add("id", DataTypes.StringType).add("mentions", DataTypes.IntegerType)
            .add("sources", DataTypes.IntegerType);
}

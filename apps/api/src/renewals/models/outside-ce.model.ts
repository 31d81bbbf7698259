import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { OutsideCeRecordEntity } from '../entities/outside-ce-record.entity.js';
import { CE_TOPIC, CeTopic } from './ce-topic.js';

@ObjectType('OutsideCeRecord', { description: 'Continuing education you earned outside Fascicle' })
export class OutsideCeModel {
  @Field(() => ID)
  id: string;

  @Field()
  provider: string;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  completedOn: string;

  @Field(() => Float)
  hours: number;

  @Field({ description: 'Self-paced (home study, recorded) rather than live' })
  selfPaced: boolean;

  @Field(() => [CeTopic])
  topics: CeTopic[];

  @Field({ description: 'The certificate file: PDF, PNG or JPEG as read from its content' })
  fileType: string;

  @Field()
  fileName: string;

  @Field(() => Int)
  fileBytes: number;

  @Field({ description: 'Where the owner downloads the file (with their token)' })
  fileUrl: string;

  static from(row: OutsideCeRecordEntity): OutsideCeModel {
    return Object.assign(new OutsideCeModel(), {
      id: row.id,
      provider: row.provider,
      title: row.title,
      completedOn: row.completedOn,
      hours: row.hours,
      selfPaced: row.selfPaced,
      topics: row.topics.map((topic) => CE_TOPIC[topic]),
      fileType: row.fileType,
      fileName: row.fileName,
      fileBytes: row.fileBytes,
      fileUrl: `/renewals/outside-ce/${row.id}/file`,
    });
  }
}

@ObjectType()
export class OutsideCeConnection extends ConnectionType(OutsideCeModel, 'OutsideCeRecord') {}
